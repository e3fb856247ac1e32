-- Splits on subject, which is not a key of either part: with two maths tutors every maths student
-- rejoins with both (a lossy join), and one tutor per student and subject is no longer enforced.
CREATE TABLE takes (student TEXT NOT NULL, subject TEXT NOT NULL, PRIMARY KEY (student, subject));
CREATE TABLE teaches (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
