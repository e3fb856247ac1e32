-- Keeps subject on enrolments too: not BCNF, and the subject can disagree with the tutor's.
CREATE TABLE tutors (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
CREATE TABLE enrolments (student TEXT NOT NULL, tutor TEXT NOT NULL REFERENCES tutors(tutor), subject TEXT, PRIMARY KEY (student, subject));
