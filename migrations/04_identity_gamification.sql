-- =============================================================================
-- 04_identity_gamification.sql — achievements and the gifts they earn
-- =============================================================================

CREATE TABLE identity.achievements (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code           text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]*$'),
  name_fa        text NOT NULL,
  name_en        text NOT NULL,
  description_fa text NOT NULL DEFAULT '',
  description_en text NOT NULL DEFAULT '',
  icon_file_id   uuid,
  points         integer NOT NULL DEFAULT 0 CHECK (points >= 0),
  criteria       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(criteria) = 'object'),
  gift           jsonb CHECK (gift IS NULL OR jsonb_typeof(gift) = 'object'),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT achievements_code_key UNIQUE (code)
);
COMMENT ON TABLE identity.achievements IS 'Platform-wide catalogue of achievements (first render, 10 renders, …)';
COMMENT ON COLUMN identity.achievements.icon_file_id IS 'soft reference to file_mgr.files.id (badge icon)';
COMMENT ON COLUMN identity.achievements.criteria IS 'Machine-readable rule, e.g. {"event":"render.completed","count":10}; evaluated by the identity service';
COMMENT ON COLUMN identity.achievements.gift IS 'Gift granted on earning, e.g. {"kind":"credit","amount_irt":50000}; NULL = badge only';

CREATE TABLE identity.user_achievements (
  tenant_id      uuid NOT NULL,
  user_id        uuid NOT NULL,
  achievement_id uuid NOT NULL REFERENCES identity.achievements (id) ON DELETE CASCADE,
  earned_at      timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT user_achievements_pkey PRIMARY KEY (tenant_id, user_id, achievement_id)
);
CREATE INDEX user_achievements_achievement_idx ON identity.user_achievements (achievement_id);
COMMENT ON TABLE identity.user_achievements IS 'Achievements a user has earned; the primary key makes earning idempotent';

CREATE TABLE identity.earned_gifts (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id       uuid NOT NULL,
  user_id         uuid NOT NULL,
  achievement_id  uuid REFERENCES identity.achievements (id) ON DELETE SET NULL,
  kind            text NOT NULL CHECK (kind IN ('credit', 'discount', 'template_unlock', 'badge')),
  value           jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(value) = 'object'),
  description     text NOT NULL DEFAULT '',
  notification_id uuid,  -- FK to notification.notifications is added in 14_notification
  earned_at       timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz,
  claimed_at      timestamptz,
  FOREIGN KEY (tenant_id, user_id) REFERENCES identity.users (tenant_id, id) ON DELETE CASCADE,
  CONSTRAINT earned_gifts_claim_before_expiry CHECK (claimed_at IS NULL OR expires_at IS NULL OR claimed_at <= expires_at)
);
CREATE INDEX earned_gifts_user_idx ON identity.earned_gifts (tenant_id, user_id, earned_at DESC);
COMMENT ON TABLE identity.earned_gifts IS 'Gifts users earned (credit, discount, template unlock, badge); claimed once';
COMMENT ON COLUMN identity.earned_gifts.value IS 'Kind-specific payload, e.g. {"amount_irt":50000} for credit (posted to credit_ledger as adjustment, reference gift:<id>) or {"percent":20}';
COMMENT ON COLUMN identity.earned_gifts.notification_id IS 'The in-app notification that announced the gift: the one intentional hard cross-schema FK (to notification.notifications.id, added in 14_notification)';
