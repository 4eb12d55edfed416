-- A finalised form is a record: the database itself refuses to change or remove it (a correction is a new row).
CREATE TRIGGER forms_final_no_update BEFORE UPDATE ON forms WHEN OLD.status = 'final'
BEGIN
  SELECT RAISE(ABORT, 'a finalised form is immutable');
END;
--> statement-breakpoint
CREATE TRIGGER forms_no_delete BEFORE DELETE ON forms
BEGIN
  SELECT RAISE(ABORT, 'forms are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations
BEGIN
  SELECT RAISE(ABORT, 'observations are never deleted');
END;
