-- A platform's back end may name the end user's address and user agent on a service call; they are recorded as the
-- attempt's client (what the compliance job's SPRAYING detector groups by), and the platform's own address beside
-- them, for the record. Null when the caller was the client itself.

ALTER TABLE verification_attempt ADD COLUMN relay_address VARCHAR(255);
