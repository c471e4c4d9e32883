//! The walk through nested groups (§1.2): from a group down through its member groups, with a
//! visited set so that cycles (A in B, B in A) terminate. The visited set is a reusable
//! generation-stamped array, so a walk allocates nothing once the session is warm.

use super::directory::{FIRST_GROUP_ID, Group};

/// Reusable memory for walks.
#[derive(Debug, Default, Clone)]
pub(crate) struct Scratch {
    /// `marks[i] == generation` means group index `i` was visited in the current walk.
    marks: Vec<u32>,
    generation: u32,
    stack: Vec<usize>,
}

impl Scratch {
    /// Starts a walk over `count` groups.
    fn begin(&mut self, count: usize) {
        if self.marks.len() < count {
            self.marks.resize(count, 0);
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // After 2^32 walks the stamps wrap: clear them once.
            self.marks.iter_mut().for_each(|m| *m = 0);
            self.generation = 1;
        }
        self.stack.clear();
    }

    /// Visits `start` and every group reachable from it through member groups, each once,
    /// until `found` says yes. Returns whether it did.
    pub(crate) fn any_reachable(
        &mut self,
        groups: &[Group],
        start: usize,
        mut found: impl FnMut(&Group) -> bool,
    ) -> bool {
        self.begin(groups.len());
        self.marks[start] = self.generation;
        self.stack.push(start);
        while let Some(index) = self.stack.pop() {
            let group = &groups[index];
            if found(group) {
                return true;
            }
            for &member in &group.member_groups {
                let Some(child) = member
                    .checked_sub(FIRST_GROUP_ID)
                    .and_then(|i| usize::try_from(i).ok())
                    .filter(|&i| i < groups.len())
                else {
                    continue;
                };
                if self.marks[child] != self.generation {
                    self.marks[child] = self.generation;
                    self.stack.push(child);
                }
            }
        }
        false
    }
}
