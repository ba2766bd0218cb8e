-- The ledger's invariants, enforced by the database whatever the application does:
--  * a voucher becomes posted only with at least two lines, debits = credits ≠ 0, leaf accounts,
--    its period open and matching its date;
--  * a posted voucher and its lines are never edited or deleted (only reversed_by_id may be set);
--  * nothing is written into a closed period; a period with drafts cannot be closed;
--  * period balances (fin_account_balances) move in the same statement as the posting.
-- Refusals raise check_violation (23514) naming a pseudo-constraint the API maps to a clear error.

CREATE OR REPLACE FUNCTION fin_refuse(constraint_name text, msg text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', msg USING ERRCODE = '23514', CONSTRAINT = constraint_name;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fin_assert_period_open(p_tenant uuid, p_period integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  period_status text;
BEGIN
  -- FOR SHARE: a concurrent close waits for this transaction, then sees its voucher.
  SELECT status INTO period_status FROM fin_periods WHERE tenant_id = p_tenant AND period = p_period FOR SHARE;
  IF period_status IS NULL OR period_status <> 'open' THEN
    PERFORM fin_refuse('fin_period_closed', format('period %s is not open', p_period));
  END IF;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fin_vouchers_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  probe fin_vouchers;
  line_count integer;
  sum_debit numeric;
  sum_credit numeric;
  bad_accounts integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status = 'posted' THEN
      PERFORM fin_refuse('fin_voucher_posted_immutable', 'a posted voucher cannot be deleted');
    END IF;
    PERFORM fin_assert_period_open(OLD.tenant_id, OLD.period);
    RETURN OLD;
  END IF;

  IF TG_OP = 'UPDATE' AND OLD.status = 'posted' THEN
    -- Only the link to its reversal (and the attachment count) may change on a posted voucher.
    probe := NEW;
    probe.reversed_by_id := OLD.reversed_by_id;
    probe.attachment_count := OLD.attachment_count;
    probe.updated_at := OLD.updated_at;
    IF probe IS DISTINCT FROM OLD OR (OLD.reversed_by_id IS NOT NULL AND NEW.reversed_by_id IS DISTINCT FROM OLD.reversed_by_id) THEN
      PERFORM fin_refuse('fin_voucher_posted_immutable', 'a posted voucher cannot be changed; reverse it instead');
    END IF;
    RETURN NEW;
  END IF;

  IF NEW.period <> (extract(year FROM NEW.voucher_date)::integer * 100 + extract(month FROM NEW.voucher_date)::integer) THEN
    PERFORM fin_refuse('fin_voucher_period_mismatch', 'the voucher date is outside its period');
  END IF;
  PERFORM fin_assert_period_open(NEW.tenant_id, NEW.period);

  IF NEW.status = 'posted' THEN
    IF TG_OP = 'INSERT' THEN
      PERFORM fin_refuse('fin_voucher_balanced', 'a voucher is inserted as a draft and posted once its lines exist');
    END IF;
    SELECT count(*), coalesce(sum(debit), 0), coalesce(sum(credit), 0) INTO line_count, sum_debit, sum_credit
      FROM fin_voucher_lines WHERE voucher_id = NEW.id;
    IF line_count < 2 OR sum_debit <> sum_credit OR sum_debit = 0 THEN
      PERFORM fin_refuse('fin_voucher_balanced', format('unbalanced voucher: debit %s, credit %s, %s lines', sum_debit, sum_credit, line_count));
    END IF;
    SELECT count(*) INTO bad_accounts FROM fin_voucher_lines l JOIN fin_accounts a ON a.id = l.account_id
      WHERE l.voucher_id = NEW.id AND (NOT a.is_leaf OR NOT a.enabled OR a.tenant_id <> NEW.tenant_id);
    IF bad_accounts > 0 THEN
      PERFORM fin_refuse('fin_voucher_account_not_postable', 'lines may only use enabled leaf accounts');
    END IF;
    NEW.total_debit := sum_debit;
    NEW.total_credit := sum_credit;
    -- The voucher row is still a draft in the table, so the line guard lets this through.
    UPDATE fin_voucher_lines SET posted = true, period = NEW.period, voucher_date = NEW.voucher_date
      WHERE voucher_id = NEW.id;
    INSERT INTO fin_account_balances (tenant_id, account_id, period, debit, credit)
      SELECT NEW.tenant_id, account_id, NEW.period, sum(debit), sum(credit)
        FROM fin_voucher_lines WHERE voucher_id = NEW.id GROUP BY account_id ORDER BY account_id
      ON CONFLICT (tenant_id, account_id, period) DO UPDATE
        SET debit = fin_account_balances.debit + excluded.debit, credit = fin_account_balances.credit + excluded.credit;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER fin_vouchers_guard BEFORE INSERT OR UPDATE OR DELETE ON fin_vouchers
  FOR EACH ROW EXECUTE FUNCTION fin_vouchers_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fin_voucher_lines_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_status text;
BEGIN
  SELECT status INTO parent_status FROM fin_vouchers
    WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.voucher_id ELSE NEW.voucher_id END;
  IF parent_status = 'posted' THEN
    PERFORM fin_refuse('fin_voucher_posted_immutable', 'the lines of a posted voucher cannot be changed');
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.voucher_id <> OLD.voucher_id THEN
    PERFORM fin_refuse('fin_voucher_posted_immutable', 'a line cannot move to another voucher');
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER fin_voucher_lines_guard BEFORE INSERT OR UPDATE OR DELETE ON fin_voucher_lines
  FOR EACH ROW EXECUTE FUNCTION fin_voucher_lines_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION fin_periods_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  drafts integer;
BEGIN
  IF NEW.status = 'closed' AND OLD.status <> 'closed' THEN
    SELECT count(*) INTO drafts FROM fin_vouchers
      WHERE tenant_id = NEW.tenant_id AND period = NEW.period AND status <> 'posted';
    IF drafts > 0 THEN
      PERFORM fin_refuse('fin_period_has_drafts', format('period %s still has %s unposted vouchers', NEW.period, drafts));
    END IF;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER fin_periods_guard BEFORE UPDATE ON fin_periods
  FOR EACH ROW EXECUTE FUNCTION fin_periods_guard();
