-- =============================================================================
-- 02_identity_users.sql — tenants' end customers, MFA, web push subscriptions
-- =============================================================================

-- -----------------------------------------------------------------------------
-- Users
-- -----------------------------------------------------------------------------
-- A user belongs to exactly one tenant; the same e-mail may exist under two
-- resellers. Uniqueness is per tenant and case-insensitive (lower() indexes, no citext).
CREATE TABLE identity.users (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES identity.tenants (id) ON DELETE CASCADE,
  email         text CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 320),
  phone         text CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
  external_id   text CHECK (length(external_id) BETWEEN 1 AND 200),
  display_name  text NOT NULL DEFAULT '' CHECK (length(display_name) <= 200),
  role          text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'admin', 'member')),
  status        text NOT NULL DEFAULT 'active' CHECK (status IN ('invited', 'active', 'suspended', 'deleted')),
  locale        text NOT NULL DEFAULT 'fa' CHECK (locale IN ('fa', 'en')),
  password_hash text,
  email_verified_at timestamptz,
  phone_verified_at timestamptz,
  last_login_at timestamptz,
  created_at    timestamptz NOT NULL DEFAULT now(),
  updated_at    timestamptz NOT NULL DEFAULT now(),
  deleted_at    timestamptz,
  CONSTRAINT users_tenant_id_id_key UNIQUE (tenant_id, id),
  CONSTRAINT users_has_identifier CHECK (email IS NOT NULL OR phone IS NOT NULL OR external_id IS NOT NULL),
  CONSTRAINT users_deleted_state CHECK ((status = 'deleted') = (deleted_at IS NOT NULL))
);
-- Deleted users release their e-mail/phone so the person can sign up again.
CREATE UNIQUE INDEX users_tenant_email_key ON identity.users (tenant_id, lower(email))
  WHERE email IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX users_tenant_phone_key ON identity.users (tenant_id, phone)
  WHERE phone IS NOT NULL AND deleted_at IS NULL;
CREATE UNIQUE INDEX users_tenant_external_id_key ON identity.users (tenant_id, external_id)
  WHERE external_id IS NOT NULL;
COMMENT ON TABLE identity.users IS 'End customers of a tenant (and the tenant''s own staff); unique e-mail/phone per tenant, case-insensitive';
COMMENT ON COLUMN identity.users.phone IS 'E.164 (+989121234567); the usual sign-in identifier in Iran (OTP)';
COMMENT ON COLUMN identity.users.external_id IS 'The reseller''s own id for this customer, unique per tenant, so API callers need not store ours';
COMMENT ON COLUMN identity.users.role IS 'Role inside the tenant: owner/admin manage the tenant, member is an end customer';
COMMENT ON COLUMN identity.users.password_hash IS 'Self-describing hash (argon2id/bcrypt string); NULL for OTP-only users';

CREATE TRIGGER users_touch_updated_at BEFORE UPDATE ON identity.users
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

-- -----------------------------------------------------------------------------
-- MFA (TOTP) and recovery codes
-- -----------------------------------------------------------------------------
CREATE TABLE identity.mfa_factors (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL,
  user_id        uuid NOT NULL,
  kind           text NOT NULL DEFAULT 'totp' CHECK (kind IN ('totp')),
  label          text NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  secret         text NOT NULL,
  algorithm      text NOT NULL DEFAULT 'SHA1' CHECK (algorithm IN ('SHA1', 'SHA256', 'SHA512')),
  digits         smallint NOT NULL DEFAULT 6 CHECK (digits IN (6, 8)),
  period_seconds smallint NOT NULL DEFAULT 30 CHECK (period_seconds BETWEEN 15 AND 120),
  verified_at    timestamptz,
  last_used_step bigint CHECK (last_used_step >= 0),
  last_used_at   timestamptz,
  created_at     timestamptz NOT NULL DEFAULT now(),
  disabled_at    timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE CASCADE
);
-- At most one live TOTP factor per user.
CREATE UNIQUE INDEX mfa_factors_active_totp_key ON identity.mfa_factors (tenant_id, user_id)
  WHERE kind = 'totp' AND disabled_at IS NULL;
COMMENT ON TABLE identity.mfa_factors IS 'Second factors (TOTP, RFC 6238); unverified until the user proves a first code';
COMMENT ON COLUMN identity.mfa_factors.secret IS 'TOTP shared secret (base32). The service should encrypt it with its own key before storing; it cannot be hashed because codes are computed from it';
COMMENT ON COLUMN identity.mfa_factors.verified_at IS 'NULL while enrolment is unconfirmed; unverified factors must not be required at login';
COMMENT ON COLUMN identity.mfa_factors.last_used_step IS 'Highest accepted TOTP time step (unix_time / period); a code for this step or an earlier one is refused as a replay. Update with … WHERE last_used_step IS NULL OR last_used_step < $step';

CREATE TABLE identity.mfa_recovery_codes (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL,
  user_id    uuid NOT NULL,
  code_hash  text NOT NULL CHECK (code_hash ~ '^[0-9a-f]{64}$'),
  created_at timestamptz NOT NULL DEFAULT now(),
  used_at    timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT mfa_recovery_codes_code_key UNIQUE (tenant_id, user_id, code_hash)
);
COMMENT ON TABLE identity.mfa_recovery_codes IS 'One-time MFA recovery codes, hashed; consume with UPDATE … SET used_at = now() WHERE used_at IS NULL so a code works once';
COMMENT ON COLUMN identity.mfa_recovery_codes.code_hash IS 'Hex SHA-256 of the normalised code (codes are random, so a fast hash is enough); never the code';

-- -----------------------------------------------------------------------------
-- Web Push (PWA) subscriptions
-- -----------------------------------------------------------------------------
CREATE TABLE identity.push_subscriptions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL,
  user_id         uuid NOT NULL,
  endpoint        text NOT NULL CHECK (endpoint ~ '^https://\S+$'),
  p256dh          text NOT NULL,
  auth            text NOT NULL,
  user_agent      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_success_at timestamptz,
  failure_count   integer NOT NULL DEFAULT 0 CHECK (failure_count >= 0),
  expired_at      timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE CASCADE,
  -- An endpoint identifies one browser installation; re-subscribing upserts on it.
  CONSTRAINT push_subscriptions_endpoint_key UNIQUE (endpoint)
);
CREATE INDEX push_subscriptions_user_idx ON identity.push_subscriptions (tenant_id, user_id) WHERE expired_at IS NULL;
COMMENT ON TABLE identity.push_subscriptions IS 'Web Push subscriptions (PushSubscription JSON) of users'' browsers';
COMMENT ON COLUMN identity.push_subscriptions.p256dh IS 'Browser''s ECDH public key (base64url) used to encrypt payloads';
COMMENT ON COLUMN identity.push_subscriptions.auth IS 'Browser''s auth secret (base64url) used to encrypt payloads';
COMMENT ON COLUMN identity.push_subscriptions.expired_at IS 'Set when the push service answers 404/410; such rows are never sent to again';
