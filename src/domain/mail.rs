//! Where an outgoing message stands.

/// A message waits (`Pending`), is being handed to the mail server by one
/// instance until its lease runs out (`Sending`), went (`Sent`), or was given
/// up on after its last attempt (`Failed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MailStatus {
    Pending,
    Sending,
    Sent,
    Failed,
}

impl MailStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            MailStatus::Pending => "pending",
            MailStatus::Sending => "sending",
            MailStatus::Sent => "sent",
            MailStatus::Failed => "failed",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        [
            MailStatus::Pending,
            MailStatus::Sending,
            MailStatus::Sent,
            MailStatus::Failed,
        ]
        .into_iter()
        .find(|status| status.as_str() == raw)
    }
}
