//! Unix users and groups by id or name, read from /etc/passwd and /etc/group, to name the
//! people on the other end of a socket and to open a session to one group.

/// This process's user id.
pub fn my_uid() -> u32 {
    rustix::process::getuid().as_raw()
}

/// The login name of `uid`, if /etc/passwd has it.
pub fn user_name(uid: u32) -> Option<String> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        (fields.nth(1)?.parse::<u32>().ok()? == uid).then(|| name.to_string())
    })
}

/// The user id of a login name (or of a number given as one).
pub fn uid_of(name: &str) -> Option<u32> {
    if let Ok(uid) = name.parse() {
        return Some(uid);
    }
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        (fields.next()? == name).then_some(())?;
        fields.nth(1)?.parse().ok()
    })
}

/// A group's id and the names listed as its members.
pub fn group(name: &str) -> Option<(u32, Vec<String>)> {
    let groups = std::fs::read_to_string("/etc/group").ok()?;
    groups.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.first() == Some(&name)).then(|| {
            let gid = fields.get(2)?.parse().ok()?;
            let members = fields.get(3).map_or(Vec::new(), |m| {
                m.split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            });
            Some((gid, members))
        })?
    })
}
