//! A date written with numbers, day and month in either order ("03/04/2027"): plenary
//! reads it day first; when month first is a real date too, or the only real one, what
//! was read is said rather than taken silently (nc13d #3).

use chrono::NaiveDate;

use super::why::DateFix;

/// How a date written with numbers reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    /// Day first it is `read`; month first it is `other`, another real date.
    Both { read: NaiveDate, other: NaiveDate },
    /// Not a real date day first; month first it is this one ("04/13/2027").
    MonthFirst(NaiveDate),
    /// One way only, or not a date written with numbers.
    Plain,
}

/// How `text` reads, day first and month first, with `/`, `.` or `-` between.
pub fn reading(text: &str) -> Reading {
    let read = |f: &str| NaiveDate::parse_from_str(text.trim(), f).ok();
    for (day_first, month_first) in [
        ("%d/%m/%Y", "%m/%d/%Y"),
        ("%d.%m.%Y", "%m.%d.%Y"),
        ("%d-%m-%Y", "%m-%d-%Y"),
    ] {
        match (read(day_first), read(month_first)) {
            (Some(read), Some(other)) if read != other => return Reading::Both { read, other },
            (None, Some(read)) => return Reading::MonthFirst(read),
            (Some(_), _) => return Reading::Plain,
            (None, None) => {}
        }
    }
    Reading::Plain
}

/// How to write a date plenary could not read, with the date itself when it is clear,
/// and both readings when it is not (nc13d #3: "03/04/2027" was read day first silently).
pub fn fix(text: &str) -> DateFix {
    match reading(text) {
        Reading::Both { read, other } => return DateFix::DayFirst { read, other },
        Reading::MonthFirst(read) => {
            use chrono::Datelike;
            return DateFix::MonthFirst {
                month: read.day(),
                read,
            };
        }
        Reading::Plain => {}
    }
    if let Some(why) = super::deadline::unreal(text) {
        return DateFix::Unreal(why);
    }
    let clear = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d"]
        .iter()
        .find_map(|f| chrono::NaiveDate::parse_from_str(text, f).ok());
    match clear {
        Some(d) => DateFix::Clear(d),
        None => DateFix::Unclear,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn nc13d_3_both_readings_are_named() {
        assert_eq!(
            reading("03/04/2027"),
            Reading::Both {
                read: day(2027, 4, 3),
                other: day(2027, 3, 4)
            }
        );
        assert_eq!(reading("04/13/2027"), Reading::MonthFirst(day(2027, 4, 13)));
        assert_eq!(reading("31/03/2027"), Reading::Plain);
        assert_eq!(reading("03.03.2027"), Reading::Plain);
        assert_eq!(reading("2027-03-04"), Reading::Plain);
    }
}
