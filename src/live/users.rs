//! Unix users and groups, as the system's name service (NSS) knows them: /etc/passwd and
//! /etc/group, and LDAP, SSSD or systemd users and groups where the machine uses them. They
//! name the people on the other end of a socket and decide who may join a session opened
//! to one group. Membership counts a user's primary group and every supplementary one,
//! wherever the name service keeps it, which a group's own member list does not tell.

use std::ffi::CString;
use std::io;

use nix::unistd::{Gid, Uid, User, getgrouplist};

/// This process's user id.
pub fn my_uid() -> u32 {
    rustix::process::getuid().as_raw()
}

/// The login name of `uid`, to show who someone is; None when the name service does not
/// know the user or cannot answer (the caller then shows the number).
pub fn user_name(uid: u32) -> Option<String> {
    User::from_uid(Uid::from_raw(uid))
        .ok()
        .flatten()
        .map(|u| u.name)
}

/// The user id of a login name (or of a number given as one), for `--facilitator`: None
/// when there is no such user, an error when the name service could not answer.
pub fn uid_of(name: &str) -> io::Result<Option<u32>> {
    if let Ok(uid) = name.parse() {
        return Ok(Some(uid));
    }
    Ok(User::from_name(name)?.map(|u| u.uid.as_raw()))
}

/// A Unix group, as `--allow-group` names it and the host lets it in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    /// Its name, as given.
    pub name: String,
    /// Its id: what the socket's group is set to and membership is decided by.
    pub gid: u32,
    /// The users the group's own entry lists; those whose primary group it is, or who
    /// are members through another entry with the same id, are not among them.
    pub members: Vec<String>,
}

/// The group called `name`: None when there is none, an error when the name service
/// could not answer.
pub fn group(name: &str) -> io::Result<Option<Group>> {
    Ok(nix::unistd::Group::from_name(name)?.map(|g| Group {
        name: g.name,
        gid: g.gid.as_raw(),
        members: g.mem,
    }))
}

/// Whether the user `uid` belongs to the group `gid`, as its primary group or a
/// supplementary one: the groups a login of that user gets (`getgrouplist`). False for a
/// user the name service does not know; an error when it could not answer, so that a
/// caller can tell "not a member" from "could not check".
pub fn in_group(uid: u32, gid: u32) -> io::Result<bool> {
    let Some(user) = User::from_uid(Uid::from_raw(uid))? else {
        return Ok(false);
    };
    if user.gid.as_raw() == gid {
        return Ok(true);
    }
    let name = CString::new(user.name)?;
    Ok(getgrouplist(&name, user.gid)?.contains(&Gid::from_raw(gid)))
}

/// Test users and groups on this machine, made when the tests run as root: shared by the
/// unit tests that check membership.
#[cfg(test)]
pub(crate) mod testing {
    use std::fs::File;
    use std::process::Command;

    /// Held while users are added: the same lock tests/live_security.rs takes, so that no
    /// two test binaries run useradd at once (it fails when /etc/passwd is locked).
    fn lock() -> File {
        let lock = File::create(std::env::temp_dir().join("plenary-test-users.lock")).unwrap();
        lock.lock().unwrap();
        lock
    }

    /// `getent DATABASE KEY`'s third field (the id), asked apart from the code under test.
    fn id_in(database: &str, key: &str) -> Option<u32> {
        let out = Command::new("getent").args([database, key]).output().ok()?;
        String::from_utf8_lossy(&out.stdout)
            .split(':')
            .nth(2)?
            .parse()
            .ok()
    }

    /// Why these tests cannot make users here, if they cannot: not root, or a tool missing.
    pub(crate) fn cannot_make_users() -> Option<String> {
        if rustix::process::geteuid().as_raw() != 0 {
            return Some("needs root, to create a Unix user".into());
        }
        for tool in ["useradd", "usermod", "groupadd", "getent"] {
            let found = Command::new("sh")
                .args(["-c", &format!("command -v {tool}")])
                .output()
                .is_ok_and(|o| o.status.success());
            if !found {
                return Some(format!("needs {tool} (apt-get install passwd libc-bin)"));
            }
        }
        None
    }

    /// The id of group `name`, created if missing; with `same_id_as`, created as a second
    /// name for that group's id (`groupadd -o`). "Already exists" from a test binary that
    /// ran first is fine: what counts is that the group is there afterwards.
    pub(crate) fn group(name: &str, same_id_as: Option<u32>) -> u32 {
        let _lock = lock();
        if id_in("group", name).is_none() {
            let mut add = Command::new("groupadd");
            if let Some(gid) = same_id_as {
                add.args(["-o", "-g", &gid.to_string()]);
            }
            let out = add.arg(name).output().unwrap();
            assert!(
                id_in("group", name).is_some(),
                "groupadd {name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        id_in("group", name).unwrap()
    }

    /// The uid of user `name`, created if missing with no group of its own (-N) and
    /// `supplementary` as its only supplementary groups (-G), and added to them if it was
    /// already there.
    pub(crate) fn user(name: &str, supplementary: &[&str]) -> u32 {
        let _lock = lock();
        let groups = supplementary.join(",");
        if id_in("passwd", name).is_none() {
            let out = Command::new("useradd")
                .args(["-M", "-N", "-s", "/usr/sbin/nologin", "-G", &groups, name])
                .output()
                .unwrap();
            assert!(
                id_in("passwd", name).is_some(),
                "useradd {name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        // Idempotent: adding a member twice changes nothing.
        let _ = Command::new("usermod")
            .args(["-a", "-G", &groups, name])
            .output();
        id_in("passwd", name).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A uid no test machine gives anyone.
    const NOBODYS_UID: u32 = 4_000_000_123;

    #[test]
    fn uid_0_is_root_both_ways() {
        assert_eq!(user_name(0).as_deref(), Some("root"));
        assert_eq!(uid_of("root").unwrap(), Some(0));
    }

    #[test]
    fn a_number_is_taken_as_a_uid_and_an_unknown_name_is_no_user() {
        assert_eq!(uid_of("1234").unwrap(), Some(1234));
        assert_eq!(uid_of("plenary-t-nobody-at-all").unwrap(), None);
        assert_eq!(user_name(NOBODYS_UID), None);
    }

    #[test]
    fn group_0_is_found_by_its_name_with_its_id() {
        let name = nix::unistd::Group::from_gid(Gid::from_raw(0))
            .unwrap()
            .expect("group 0 exists")
            .name;
        let found = group(&name).unwrap().expect("found by name");
        assert_eq!((found.name.as_str(), found.gid), (name.as_str(), 0));
        assert_eq!(group("plenary-t-no-such-group").unwrap(), None);
    }

    #[test]
    fn root_is_in_its_primary_group_and_an_unknown_user_in_none() {
        let primary = User::from_uid(Uid::from_raw(0)).unwrap().unwrap().gid;
        assert!(in_group(0, primary.as_raw()).unwrap());
        assert!(!in_group(NOBODYS_UID, primary.as_raw()).unwrap());
    }

    // Issue 11 ("Users read from /etc/passwd"): a user in a group only as a supplementary
    // member (useradd -G), not as its primary group, is a member.
    #[test]
    fn a_supplementary_group_counts_as_membership() {
        if let Some(why) = testing::cannot_make_users() {
            eprintln!("skipped: {why}");
            return;
        }
        let gid = testing::group("plenary-t-supp", None);
        let uid = testing::user("plenary-t-supp-user", &["plenary-t-supp"]);
        let primary = User::from_uid(Uid::from_raw(uid)).unwrap().unwrap().gid;
        assert_ne!(
            primary.as_raw(),
            gid,
            "the group is not the user's primary one"
        );
        assert!(in_group(uid, gid).unwrap());
        let outside = testing::group("plenary-t-supp-other", None);
        assert!(!in_group(uid, outside).unwrap());
        let listed = group("plenary-t-supp").unwrap().unwrap();
        assert_eq!(listed.gid, gid);
        assert!(listed.members.iter().any(|m| m == "plenary-t-supp-user"));
    }

    // Issue 11: membership goes by the group's id, as the kernel's file permissions do: a
    // user listed under a second name of the group's id is a member, though the entry
    // `--allow-group` names does not list them.
    #[test]
    fn membership_goes_by_the_group_id_not_by_its_member_list() {
        if let Some(why) = testing::cannot_make_users() {
            eprintln!("skipped: {why}");
            return;
        }
        let gid = testing::group("plenary-t-named", None);
        testing::group("plenary-t-alias", Some(gid));
        let uid = testing::user("plenary-t-alias-user", &["plenary-t-alias"]);
        let named = group("plenary-t-named").unwrap().unwrap();
        assert!(!named.members.iter().any(|m| m == "plenary-t-alias-user"));
        assert!(in_group(uid, gid).unwrap());
    }
}
