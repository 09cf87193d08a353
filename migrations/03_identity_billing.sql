-- =============================================================================
-- 03_identity_billing.sql — plans, payments, and the credit ledger
-- =============================================================================
-- Money model. Pricing is seconds-based: a render costs
--   output length in seconds × the plan's per-second price for its quality tier,
-- in Toman (IRT, whole units). Because the price depends on the tier, the prepaid
-- balance is kept in Toman, not in seconds: only then does a render's debit equal its
-- quoted cost exactly. Seconds stay visible where they matter (plans'
-- included_seconds, payments' seconds_purchased, usage).
--
-- identity.credit_ledger is the only way money moves. A trigger applies each ledger
-- row to identity.tenants.balance_irt in the same statement; a second trigger
-- refuses any other change to that column, and the ledger is append-only. So
--   tenants.balance_irt = sum(credit_ledger.amount_irt)   (view tenant_balance_drift lists violations)
-- and tenants_balance_nonnegative makes an overdrawing debit fail atomically.
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Plans
-- -----------------------------------------------------------------------------
CREATE TABLE identity.plans (
  id                          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code                        text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  name_fa                     text NOT NULL,
  name_en                     text NOT NULL,
  monthly_fee_irt             bigint NOT NULL DEFAULT 0 CHECK (monthly_fee_irt >= 0),
  included_seconds            integer NOT NULL DEFAULT 0 CHECK (included_seconds >= 0),
  price_per_second_480p_irt   numeric(12, 2) CHECK (price_per_second_480p_irt >= 0),
  price_per_second_720p_irt   numeric(12, 2) CHECK (price_per_second_720p_irt >= 0),
  price_per_second_1080p_irt  numeric(12, 2) CHECK (price_per_second_1080p_irt >= 0),
  price_per_second_2160p_irt  numeric(12, 2) CHECK (price_per_second_2160p_irt >= 0),
  queue_priority              smallint NOT NULL DEFAULT 0 CHECK (queue_priority BETWEEN 0 AND 100),
  rate_limit_per_minute       integer NOT NULL CHECK (rate_limit_per_minute > 0),
  output_retention_days       integer NOT NULL CHECK (output_retention_days > 0),
  active                      boolean NOT NULL DEFAULT true,
  sort_order                  integer NOT NULL DEFAULT 0,
  created_at                  timestamptz NOT NULL DEFAULT now(),
  updated_at                  timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT plans_code_key UNIQUE (code),
  CONSTRAINT plans_offers_a_tier CHECK (num_nonnulls(price_per_second_480p_irt, price_per_second_720p_irt,
                                                     price_per_second_1080p_irt, price_per_second_2160p_irt) > 0)
);
COMMENT ON TABLE identity.plans IS 'Price plans (platform-wide catalogue): seconds-based pricing per quality tier in Toman, queue priority, limits';
COMMENT ON COLUMN identity.plans.included_seconds IS 'Output seconds per billing month that are not charged';
COMMENT ON COLUMN identity.plans.price_per_second_480p_irt IS 'Toman per output second at 480p; NULL = tier not offered on this plan';
COMMENT ON COLUMN identity.plans.price_per_second_720p_irt IS 'Toman per output second at 720p; NULL = tier not offered on this plan';
COMMENT ON COLUMN identity.plans.price_per_second_1080p_irt IS 'Toman per output second at 1080p; NULL = tier not offered on this plan';
COMMENT ON COLUMN identity.plans.price_per_second_2160p_irt IS 'Toman per output second at 2160p; NULL = tier not offered on this plan';
COMMENT ON COLUMN identity.plans.queue_priority IS 'Copied into render.render_jobs.priority / frame_jobs.priority; higher is claimed first';
COMMENT ON COLUMN identity.plans.rate_limit_per_minute IS 'API requests per minute per key';
COMMENT ON COLUMN identity.plans.output_retention_days IS 'Render outputs expire (file_mgr.files.expires_at) this many days after completion';

CREATE TRIGGER plans_touch_updated_at BEFORE UPDATE ON identity.plans
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- Initial catalogue; operators change prices in place, codes stay stable.
INSERT INTO identity.plans (code, name_fa, name_en, monthly_fee_irt, included_seconds,
                            price_per_second_480p_irt, price_per_second_720p_irt,
                            price_per_second_1080p_irt, price_per_second_2160p_irt,
                            queue_priority, rate_limit_per_minute, output_retention_days, sort_order)
VALUES
  ('free',     'رایگان',  'Free',     0,       60,    80, 150, 300, NULL, 0,  30,   7,   10),
  ('starter',  'پایه',    'Starter',  490000,  600,   60, 120, 240, 720,  10, 60,   30,  20),
  ('pro',      'حرفه‌ای', 'Pro',      1990000, 3000,  50, 100, 200, 600,  20, 300,  90,  30),
  ('business', 'تجاری',   'Business', 7900000, 15000, 40, 80,  160, 480,  30, 1200, 365, 40)
ON CONFLICT (code) DO NOTHING;

ALTER TABLE identity.tenants
  ADD CONSTRAINT tenants_plan_id_fkey FOREIGN KEY (plan_id) REFERENCES identity.plans (id) ON DELETE RESTRICT;
CREATE INDEX tenants_plan_idx ON identity.tenants (plan_id);

UPDATE identity.tenants
   SET plan_id = (SELECT id FROM identity.plans WHERE code = 'business')
 WHERE id = '00000000-0000-0000-0000-000000000001' AND plan_id IS NULL;

-- -----------------------------------------------------------------------------
-- Payments (Toman, through a payment broker such as Zarinpal)
-- -----------------------------------------------------------------------------
CREATE TABLE identity.payments (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id             uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  user_id               uuid,
  plan_id               uuid REFERENCES identity.plans (id) ON DELETE RESTRICT,
  amount_irt            bigint NOT NULL CHECK (amount_irt > 0),
  seconds_purchased     integer CHECK (seconds_purchased > 0),
  broker                text NOT NULL CHECK (broker ~ '^[a-z][a-z0-9_]*$'),
  broker_reference      text,
  broker_tracking_code  text,
  status                text NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'paid', 'failed', 'canceled', 'refunded')),
  callback_payload      jsonb,
  callback_signature    text,
  callback_received_at  timestamptz,
  verified_at           timestamptz,
  card_pan_masked       text CHECK (card_pan_masked ~ '^[0-9]{6}\*+[0-9]{4}$'),
  failure_reason        text,
  created_at            timestamptz NOT NULL DEFAULT now(),
  updated_at            timestamptz NOT NULL DEFAULT now(),
  paid_at               timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE SET NULL (user_id),
  CONSTRAINT payments_broker_reference_key UNIQUE (broker, broker_reference),
  CONSTRAINT payments_paid_is_verified CHECK (status NOT IN ('paid', 'refunded') OR (paid_at IS NOT NULL AND verified_at IS NOT NULL))
);
CREATE INDEX payments_tenant_idx ON identity.payments (tenant_id, created_at DESC);
COMMENT ON TABLE identity.payments IS 'Broker payments in Toman; a verified payment is credited once via credit_ledger (kind payment, reference = payment id)';
COMMENT ON COLUMN identity.payments.user_id IS 'Paying user, when a person (not the reseller''s back office) checked out';
COMMENT ON COLUMN identity.payments.seconds_purchased IS 'Seconds the checkout advertised for this amount (informational; the ledger is in Toman)';
COMMENT ON COLUMN identity.payments.broker_reference IS 'Broker''s payment token/authority from the payment request; unique per broker, used to match callbacks';
COMMENT ON COLUMN identity.payments.broker_tracking_code IS 'Broker''s reference id returned by verification, shown to the customer';
COMMENT ON COLUMN identity.payments.callback_payload IS 'Callback parameters as received, kept for disputes';
COMMENT ON COLUMN identity.payments.callback_signature IS 'Signature/HMAC that came with the callback; verified_at is set only after it and the broker''s verify call check out';

CREATE TRIGGER payments_touch_updated_at BEFORE UPDATE ON identity.payments
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- Credit ledger
-- -----------------------------------------------------------------------------
CREATE TABLE identity.credit_ledger (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE RESTRICT,
  kind        text NOT NULL CHECK (kind IN ('topup', 'render_debit', 'render_refund', 'adjustment', 'payment')),
  amount_irt  bigint NOT NULL,
  reference   text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '',
  api_key_id  uuid REFERENCES identity.tenant_api_keys (id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  -- Exactly-once accounting: one debit and at most one refund per render job, one
  -- credit per payment, one top-up per idempotency key.
  CONSTRAINT credit_ledger_exactly_once UNIQUE (tenant_id, kind, reference),
  CONSTRAINT credit_ledger_amount_sign CHECK (CASE kind
                                                WHEN 'render_debit' THEN amount_irt < 0
                                                WHEN 'adjustment'   THEN amount_irt <> 0
                                                ELSE amount_irt > 0
                                              END)
);
CREATE INDEX credit_ledger_tenant_idx ON identity.credit_ledger (tenant_id, created_at DESC, id);
COMMENT ON TABLE identity.credit_ledger IS 'Append-only money ledger in Toman; the only way identity.tenants.balance_irt changes';
COMMENT ON COLUMN identity.credit_ledger.amount_irt IS 'Signed Toman: render_debit < 0; topup, payment, render_refund > 0; adjustment either sign';
COMMENT ON COLUMN identity.credit_ledger.reference IS 'What the entry is for (render job id, payment id, idempotency key, ticket); unique per tenant and kind, so a retried insert is a no-op with ON CONFLICT DO NOTHING';
COMMENT ON COLUMN identity.credit_ledger.api_key_id IS 'Key that caused the entry, for audit';

-- Applies a ledger row to the cached balance. AFTER INSERT (not BEFORE) so that
-- INSERT … ON CONFLICT DO NOTHING never touches the balance for a skipped duplicate.
-- SECURITY DEFINER: whoever may write the ledger may move the balance, even if RLS
-- or privileges would not let them update identity.tenants directly.
CREATE FUNCTION identity.credit_ledger_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM set_config('flatrender.ledger_tenant_id', NEW.tenant_id::text, true);
  UPDATE identity.tenants SET balance_irt = balance_irt + NEW.amount_irt WHERE id = NEW.tenant_id;
  PERFORM set_config('flatrender.ledger_tenant_id', '', true);
  RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION identity.credit_ledger_apply() FROM PUBLIC;
CREATE TRIGGER credit_ledger_apply AFTER INSERT ON identity.credit_ledger
  FOR EACH ROW EXECUTE FUNCTION identity.credit_ledger_apply();

-- Corrections are new 'adjustment' rows, never edits: history must add up.
CREATE FUNCTION identity.credit_ledger_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'identity.credit_ledger is append-only: add an adjustment entry instead of % ', TG_OP
    USING ERRCODE = 'check_violation', CONSTRAINT = 'credit_ledger_append_only';
END
$$;
CREATE TRIGGER credit_ledger_append_only BEFORE UPDATE OR DELETE ON identity.credit_ledger
  FOR EACH ROW EXECUTE FUNCTION identity.credit_ledger_append_only();

-- Guards the cached balance: a new tenant starts at 0 and only credit_ledger_apply
-- (which marks the tenant in a transaction-local setting) may change it.
CREATE FUNCTION identity.tenants_guard_balance() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.balance_irt <> 0 THEN
      RAISE EXCEPTION 'a new tenant starts with balance 0; credit it through identity.credit_ledger'
        USING ERRCODE = 'check_violation', CONSTRAINT = 'tenants_balance_via_ledger';
    END IF;
  ELSIF NEW.balance_irt IS DISTINCT FROM OLD.balance_irt
        AND current_setting('flatrender.ledger_tenant_id', true) IS DISTINCT FROM NEW.id::text THEN
    RAISE EXCEPTION 'identity.tenants.balance_irt changes only through identity.credit_ledger'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'tenants_balance_via_ledger';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER tenants_guard_balance BEFORE INSERT OR UPDATE ON identity.tenants
  FOR EACH ROW EXECUTE FUNCTION identity.tenants_guard_balance();

CREATE VIEW identity.tenant_balance_drift AS
SELECT t.id AS tenant_id, t.balance_irt, coalesce(sum(l.amount_irt), 0)::bigint AS ledger_sum_irt
  FROM identity.tenants t
  LEFT JOIN identity.credit_ledger l ON l.tenant_id = t.id
 GROUP BY t.id, t.balance_irt
HAVING t.balance_irt <> coalesce(sum(l.amount_irt), 0);
COMMENT ON VIEW identity.tenant_balance_drift IS 'Tenants whose cached balance differs from their ledger; must always be empty (monitoring check)';
