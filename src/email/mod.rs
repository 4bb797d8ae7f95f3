//! Mail: messages rendered from templates into the outbox (inside the caller's
//! transaction), and a worker that delivers them over SMTP, or into `.eml` files
//! when no SMTP server is configured.

pub mod links;
pub mod messages;
pub mod schedule;
pub mod worker;

use std::path::PathBuf;

use lettre::message::{Mailbox, MultiPart};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::Settings;
use crate::db::DbConn;
use crate::db::models::outbox::{self, OutboxMessage};
use crate::domain::MailId;
use crate::error::AppError;
use crate::services::now;

pub use messages::Email;

/// Puts a message in the outbox; the worker delivers it once the caller's
/// transaction has committed.
pub fn enqueue(conn: &mut DbConn, recipient: &str, email: &Email) -> Result<MailId, AppError> {
    Ok(outbox::insert(
        conn,
        outbox::NewMessage {
            recipient,
            subject: &email.subject,
            text_body: &email.text,
            html_body: &email.html,
        },
        now(),
    )?)
}

enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(PathBuf),
}

pub struct Mailer {
    transport: Transport,
    from: Mailbox,
}

impl Mailer {
    pub fn from_settings(settings: &Settings) -> Result<Self, anyhow::Error> {
        let from: Mailbox = settings
            .mail_from
            .parse()
            .map_err(|e| anyhow::anyhow!("MAIL_FROM is not a valid address ({e})"))?;
        let transport = match &settings.smtp_url {
            Some(url) => Transport::Smtp(
                AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| anyhow::anyhow!("SMTP_URL could not be used: {e}"))?
                    .build(),
            ),
            None => {
                let folder = settings.data_dir.join("outbox");
                std::fs::create_dir_all(&folder)?;
                Transport::Files(folder)
            }
        };
        Ok(Mailer { transport, from })
    }

    pub fn describe(&self) -> String {
        match &self.transport {
            Transport::Smtp(_) => "SMTP".into(),
            Transport::Files(folder) => format!(".eml files in {}", folder.display()),
        }
    }

    /// Delivers one message; the error is a plain sentence for the outbox page.
    pub async fn send(&self, message: &OutboxMessage) -> Result<(), String> {
        let to: Mailbox = message
            .recipient
            .parse()
            .map_err(|e| format!("the address {} is not valid: {e}", message.recipient))?;
        let email = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(&message.subject)
            .message_id(Some(format!(
                "<outbox-{}-{}@cohorts>",
                message.id,
                message.created_at.and_utc().timestamp()
            )))
            .multipart(MultiPart::alternative_plain_html(
                message.text_body.clone(),
                message.html_body.clone(),
            ))
            .map_err(|e| format!("the message could not be built: {e}"))?;
        match &self.transport {
            Transport::Smtp(smtp) => smtp
                .send(email)
                .await
                .map(|_| ())
                .map_err(|e| format!("SMTP: {e}")),
            Transport::Files(folder) => {
                let path = folder.join(format!("{:08}.eml", message.id));
                tokio::fs::write(&path, email.formatted())
                    .await
                    .map_err(|e| format!("could not write {}: {e}", path.display()))
            }
        }
    }
}
