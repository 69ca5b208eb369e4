//! The day-level preferences the search scores itself, kept up to date as sessions are
//! placed and taken out (each change answers what it did to the score):
//! - a Question's session on a day its Working Party does not meet costs the document's
//!   `workingPartyDays` weight, once the Working Party meets at all on the days in scope
//!   (before it does, its Questions may go anywhere);
//! - a body with sessions on both sides of a day's meal break (by each session's middle)
//!   costs the `splitAcrossLunch` weight once for that body and day.
//!
//! Counts are per body and day, of every session placed on a day in scope (moving or not).

use super::problem::Problem;

pub(super) struct Prefer {
    days: usize,
    /// Per body and day: [the Working Party's own sessions, its Questions' sessions].
    wp: Vec<[u32; 2]>,
    /// Per body: its own sessions on every day in scope (a Working Party's).
    wp_total: Vec<u32>,
    /// Per body and day: [sessions before lunch, sessions after].
    halves: Vec<[u32; 2]>,
}

impl Prefer {
    pub(super) fn new(p: &Problem) -> Prefer {
        let n = p.bodies * p.days.len();
        Prefer {
            days: p.days.len(),
            wp: vec![[0; 2]; n],
            wp_total: vec![0; p.bodies],
            halves: vec![[0; 2]; n],
        }
    }

    fn at(&self, body: u16, day: u16) -> usize {
        body as usize * self.days + day as usize
    }

    /// What Working Party `w`'s Questions cost now.
    fn wp_cost(&self, p: &Problem, w: u16) -> i64 {
        if self.wp_total[w as usize] == 0 {
            return 0;
        }
        (0..self.days as u16)
            .map(|d| self.wp[self.at(w, d)])
            .filter(|c| c[0] == 0)
            .map(|c| i64::from(c[1]) * p.wp_weight)
            .sum()
    }

    fn side(p: &Problem, day: u16, start: i32, len: i64) -> Option<usize> {
        let mid = p.lunch[day as usize]?;
        Some(usize::from(i64::from(start) + len / 2 >= i64::from(mid)))
    }

    fn lunch_cost(&self, p: &Problem, body: u16, day: u16) -> i64 {
        let h = self.halves[self.at(body, day)];
        if h[0] > 0 && h[1] > 0 {
            p.lunch_weight
        } else {
            0
        }
    }

    /// Adds (or takes out) session `i` (timetable index) at `start` on `day`, `len` minutes
    /// long; answers the change in cost.
    pub(super) fn change(
        &mut self,
        p: &Problem,
        i: usize,
        day: u16,
        start: i32,
        len: i64,
        add: bool,
    ) -> i64 {
        let roles = &p.roles[i];
        let bump = |x: &mut u32| {
            if add {
                *x += 1;
            } else {
                *x = x.saturating_sub(1);
            }
        };
        let mut delta = 0;
        for (which, list) in [(0, &roles.wp_own), (1, &roles.wp_question)] {
            for &w in list {
                delta -= self.wp_cost(p, w);
                let at = self.at(w, day);
                bump(&mut self.wp[at][which]);
                if which == 0 {
                    bump(&mut self.wp_total[w as usize]);
                }
                delta += self.wp_cost(p, w);
            }
        }
        if let Some(side) = Self::side(p, day, start, len) {
            for &b in &roles.bodies {
                delta -= self.lunch_cost(p, b, day);
                let at = self.at(b, day);
                bump(&mut self.halves[at][side]);
                delta += self.lunch_cost(p, b, day);
            }
        }
        delta
    }

    /// The change in cost were session `i`, now at `own` (day, start), at `start` on `day`
    /// instead (an estimate: it reads the counts without `i`'s own place where that place
    /// is on `day`).
    pub(super) fn estimate(
        &self,
        p: &Problem,
        i: usize,
        own: Option<(u16, i32)>,
        day: u16,
        start: i32,
        len: i64,
    ) -> i64 {
        let roles = &p.roles[i];
        let here = own.filter(|o| o.0 == day);
        let mut c = 0;
        for &w in &roles.wp_question {
            let total = self.wp_total[w as usize];
            if total > 0 && self.wp[self.at(w, day)][0] == 0 {
                c += p.wp_weight;
            }
        }
        for &w in &roles.wp_own {
            let mine = u32::from(here.is_some());
            if self.wp[self.at(w, day)][0] <= mine {
                c -= i64::from(self.wp[self.at(w, day)][1]) * p.wp_weight;
            }
        }
        if let Some(side) = Self::side(p, day, start, len) {
            let own_side = here.and_then(|o| Self::side(p, day, o.1, len));
            for &b in &roles.bodies {
                let mut h = self.halves[self.at(b, day)];
                if let Some(s) = own_side {
                    h[s] = h[s].saturating_sub(1);
                }
                if h[1 - side] > 0 && h[side] == 0 {
                    c += p.lunch_weight;
                }
            }
        }
        c
    }
}
