-- =============================================================================
-- 14_notification.sql — in-app notifications, preferences, delivery outbox
-- =============================================================================
-- A notification row is the event as the user sees it in the app; sending it over
-- push, e-mail, SMS or Telegram is one notification.deliveries row per channel and
-- recipient, worked off like an outbox (claim with FOR UPDATE SKIP LOCKED).
-- =============================================================================

CREATE TABLE notification.notifications (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL,
  user_id    uuid NOT NULL,
  type       text NOT NULL CHECK (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
  title      text NOT NULL,
  body       text NOT NULL DEFAULT '',
  data       jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
  link_url   text,
  read_at    timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  CONSTRAINT notifications_tenant_id_id_key UNIQUE (tenant_id, id)
);
CREATE INDEX notifications_inbox_idx ON notification.notifications (tenant_id, user_id, created_at DESC);
CREATE INDEX notifications_unread_idx ON notification.notifications (tenant_id, user_id) WHERE read_at IS NULL;
COMMENT ON TABLE notification.notifications IS 'In-app notifications (the bell); the source row for every channel delivery';
COMMENT ON COLUMN notification.notifications.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN notification.notifications.user_id IS 'soft reference to identity.users.id (recipient)';
COMMENT ON COLUMN notification.notifications.type IS 'Event type, e.g. render.completed, gift.earned; matched against notification_preferences.event_type';
COMMENT ON COLUMN notification.notifications.data IS 'Structured payload for the client (render id, gift id, …)';
COMMENT ON COLUMN notification.notifications.read_at IS 'NULL = unread';

CREATE TABLE notification.notification_preferences (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL,
  user_id    uuid NOT NULL,
  channel    text NOT NULL CHECK (channel IN ('in_app', 'push', 'email', 'sms', 'telegram')),
  event_type text NOT NULL DEFAULT '*' CHECK (event_type = '*' OR event_type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'),
  enabled    boolean NOT NULL,
  address    text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT notification_preferences_key UNIQUE (tenant_id, user_id, channel, event_type)
);
COMMENT ON TABLE notification.notification_preferences IS 'Per user, per channel (and optionally per event type) opt-in/opt-out; no row = channel default';
COMMENT ON COLUMN notification.notification_preferences.tenant_id IS 'soft reference to identity.tenants.id';
COMMENT ON COLUMN notification.notification_preferences.user_id IS 'soft reference to identity.users.id';
COMMENT ON COLUMN notification.notification_preferences.event_type IS '* = all types; a specific type overrides the * row';
COMMENT ON COLUMN notification.notification_preferences.address IS 'Channel address when it is not on the user record (Telegram chat id); NULL = use the user''s e-mail/phone';

CREATE TRIGGER notification_preferences_touch_updated_at BEFORE UPDATE ON notification.notification_preferences
  FOR EACH ROW EXECUTE FUNCTION public.fr_touch_updated_at();

CREATE TABLE notification.deliveries (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id           uuid NOT NULL,
  notification_id     uuid NOT NULL,
  channel             text NOT NULL CHECK (channel IN ('push', 'email', 'sms', 'telegram')),
  recipient           text NOT NULL,
  transport           text NOT NULL CHECK (transport ~ '^[a-z][a-z0-9_-]*$'),
  status              text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'canceled')),
  attempts            integer NOT NULL DEFAULT 0,
  max_attempts        integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  next_attempt_at     timestamptz NOT NULL DEFAULT now(),
  locked_until        timestamptz,
  last_attempt_at     timestamptz,
  provider_message_id text,
  response            jsonb,
  last_error          text,
  created_at          timestamptz NOT NULL DEFAULT now(),
  sent_at             timestamptz,
  FOREIGN KEY (tenant_id, notification_id) REFERENCES notification.notifications (tenant_id, id) ON DELETE CASCADE,
  -- Fan-out is idempotent: one delivery per notification, channel and recipient.
  CONSTRAINT deliveries_recipient_key UNIQUE (tenant_id, notification_id, channel, recipient),
  CONSTRAINT deliveries_attempts CHECK (attempts BETWEEN 0 AND max_attempts),
  CONSTRAINT deliveries_sent_state CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);
-- The sender works across tenants.
CREATE INDEX deliveries_due_idx ON notification.deliveries (next_attempt_at) WHERE status = 'pending';
COMMENT ON TABLE notification.deliveries IS 'Outbox: one row per notification × channel × recipient, retried with backoff';
COMMENT ON COLUMN notification.deliveries.tenant_id IS 'soft reference to identity.tenants.id; always the notification''s tenant (composite FK)';
COMMENT ON COLUMN notification.deliveries.recipient IS 'Channel address: e-mail, E.164 phone, Telegram chat id, or identity.push_subscriptions.id for push';
COMMENT ON COLUMN notification.deliveries.transport IS 'Provider used (smtp, kavenegar, telegram_bot, webpush)';
COMMENT ON COLUMN notification.deliveries.locked_until IS 'Lease of the sender while status = sending; a crashed sender''s row is retried after it';
COMMENT ON COLUMN notification.deliveries.provider_message_id IS 'Id the provider returned, for delivery receipts';
COMMENT ON COLUMN notification.deliveries.response IS 'Provider response (status, body excerpt) of the last attempt';

-- -----------------------------------------------------------------------------
-- The one intentional hard FK across schemas (seed README): a gift keeps a link
-- to the notification that announced it. SET NULL: pruning old notifications must
-- not delete or block the gift.
-- -----------------------------------------------------------------------------
ALTER TABLE identity.earned_gifts
  ADD CONSTRAINT earned_gifts_notification_id_fkey
  FOREIGN KEY (notification_id) REFERENCES notification.notifications (id) ON DELETE SET NULL;
CREATE INDEX earned_gifts_notification_idx ON identity.earned_gifts (notification_id);
