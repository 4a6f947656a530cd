//! A live client's identity: an id the host and every client see, and a secret only that
//! client holds. The host binds the id to the Unix user that first sends under it and to a
//! digest of the secret, so no one else can send, or be acknowledged, under that id.

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// One `plenary join`'s identity, kept in its drafts file so that a restart that adopts the
/// drafts continues the same numbering.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// Public: it travels with every operation the client sends.
    pub client: String,
    /// Private: sent only in this client's own hello.
    pub secret: String,
}

impl Identity {
    /// A new identity from the operating system's random source.
    pub fn fresh() -> Result<Identity> {
        let mut bytes = [0u8; 48];
        getrandom::fill(&mut bytes).context("no random numbers from the operating system")?;
        Ok(Identity {
            client: hex(&bytes[..16]),
            secret: hex(&bytes[16..]),
        })
    }
}

/// What the host keeps of a secret: its SHA-256, in hex.
pub fn digest(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_differ_and_the_digest_hides_the_secret() {
        let (a, b) = (Identity::fresh().unwrap(), Identity::fresh().unwrap());
        assert_ne!(a.client, b.client);
        assert_ne!(a.secret, b.secret);
        assert_eq!(a.secret.len(), 64);
        let d = digest(&a.secret);
        assert_eq!(d.len(), 64);
        assert!(!d.contains(&a.secret));
        assert_eq!(d, digest(&a.secret));
    }
}
