-- Tenancy wall, application role and audit immutability.
-- Business transactions run as `triad_app` (no BYPASSRLS, not an owner) with `app.tenant_id` set
-- for the transaction only; platform bookkeeping runs as the connecting (owner) role.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'triad_app') THEN
    CREATE ROLE triad_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
  END IF;
  IF NOT pg_has_role(current_user, 'triad_app', 'MEMBER') THEN
    EXECUTE format('GRANT triad_app TO %I', current_user);
  END IF;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO triad_app;
--> statement-breakpoint
-- Idempotent: secures every table that has a tenant_id column. Called after every migration run,
-- so a table added by any later migration is covered without anyone remembering to do it.
CREATE OR REPLACE FUNCTION triad_secure_tables() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT c.relname AS name
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.name);
    IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = t.name AND policyname = 'tenant_isolation') THEN
      EXECUTE format(
        'CREATE POLICY tenant_isolation ON %I USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
        t.name);
    END IF;
    IF t.name = 'audit_log' THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I TO triad_app', t.name);
    ELSE
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO triad_app', t.name);
    END IF;
  END LOOP;
  -- Tenants are readable (name, code) but never writable from a business transaction.
  GRANT SELECT ON tenants TO triad_app;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION triad_audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION triad_audit_is_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION triad_audit_is_append_only();
