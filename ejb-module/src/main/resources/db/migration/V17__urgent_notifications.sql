-- Urgent notifications (what an owner must hear before an attacker's next step: a case opened or approved, a lock, a
-- lost-device freeze, a factor changed or used) are sent before routine ones and by a lane of their own, so a flood
-- of routine reminders never delays them. The due index leads with the flag so that both lanes read it in order.

ALTER TABLE notification ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;

DROP INDEX ix_notification_due ON notification;
CREATE INDEX ix_notification_due ON notification (status, urgent, next_attempt_at);
