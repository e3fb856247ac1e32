-- A correct BCNF split, but it forgets the lost dependency: a student can get two maths tutors.
CREATE TABLE tutors (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
CREATE TABLE enrolments (student TEXT NOT NULL, tutor TEXT NOT NULL REFERENCES tutors(tutor), PRIMARY KEY (student, tutor));
