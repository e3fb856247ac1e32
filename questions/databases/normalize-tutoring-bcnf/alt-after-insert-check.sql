-- The same BCNF split under other names; the lost rule is checked after the insert by counting.
CREATE TABLE teaches (tutor TEXT PRIMARY KEY, subject TEXT NOT NULL);
CREATE TABLE learns_from (tutor TEXT NOT NULL REFERENCES teaches(tutor), student TEXT NOT NULL, PRIMARY KEY (tutor, student));
CREATE TRIGGER one_tutor_per_subject AFTER INSERT ON learns_from
WHEN (SELECT COUNT(*) FROM learns_from l JOIN teaches t ON t.tutor = l.tutor
      WHERE l.student = NEW.student AND t.subject = (SELECT subject FROM teaches WHERE tutor = NEW.tutor)) > 1
BEGIN
  SELECT RAISE(ABORT, 'a student has one tutor per subject');
END;
