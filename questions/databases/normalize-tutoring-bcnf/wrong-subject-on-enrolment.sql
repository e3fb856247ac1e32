-- Keeps the subject beside each enrolment too: every rule is enforced, but a tutor's subject is
-- repeated for every student (3NF, not BCNF: tutor determines subject and is not a key there).
CREATE TABLE tutors (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
CREATE TABLE enrolments (student TEXT NOT NULL, subject TEXT NOT NULL, tutor TEXT NOT NULL REFERENCES tutors(tutor), PRIMARY KEY (student, subject));
