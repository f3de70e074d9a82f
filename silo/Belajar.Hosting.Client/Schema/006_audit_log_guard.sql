-- 006: the audit log refuses TRUNCATE as well, and the group role belajar_audit_writer may only append to it and read it.
-- Only the table's owner (or a superuser) can drop or disable a trigger: the api writes with a role that is not the owner
-- and holds belajar_audit_writer (docs/schema.md, "Roles a deployment grants").

DROP TRIGGER IF EXISTS belajar_audit_log_no_truncate ON belajar_audit_log;
CREATE TRIGGER belajar_audit_log_no_truncate
    BEFORE TRUNCATE ON belajar_audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION belajar_audit_log_refuse_change();

REVOKE ALL ON belajar_audit_log FROM PUBLIC;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'belajar_audit_writer') THEN
        BEGIN
            CREATE ROLE belajar_audit_writer NOLOGIN;
        EXCEPTION WHEN insufficient_privilege OR duplicate_object OR unique_violation THEN
            RAISE NOTICE 'role belajar_audit_writer not created here; a deployment creates it (docs/schema.md)';
        END;
    END IF;

    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'belajar_audit_writer') THEN
        GRANT SELECT, INSERT ON belajar_audit_log TO belajar_audit_writer;
    END IF;
END;
$$;

INSERT INTO belajar_schema_version (version, name) VALUES (6, 'audit log guard')
ON CONFLICT (version) DO NOTHING;
