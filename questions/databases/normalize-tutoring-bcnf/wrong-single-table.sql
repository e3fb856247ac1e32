-- Keeps the one table (3NF): both keys are declared, but nothing stops a tutor teaching two subjects.
CREATE TABLE assignment (student TEXT NOT NULL, subject TEXT NOT NULL, tutor TEXT NOT NULL, PRIMARY KEY (student, subject), UNIQUE (student, tutor));
