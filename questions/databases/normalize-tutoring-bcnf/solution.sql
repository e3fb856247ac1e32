CREATE TABLE tutors (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
CREATE TABLE enrolments (
  student TEXT NOT NULL,
  tutor TEXT NOT NULL REFERENCES tutors(tutor),
  PRIMARY KEY (student, tutor)
);
CREATE TRIGGER one_tutor_per_subject
BEFORE INSERT ON enrolments
WHEN EXISTS (
  SELECT 1 FROM enrolments e
  JOIN tutors t ON t.tutor = e.tutor
  WHERE e.student = NEW.student
    AND t.subject = (SELECT subject FROM tutors WHERE tutor = NEW.tutor)
)
BEGIN
  SELECT RAISE(ABORT, 'student already has a tutor for this subject');
END;
