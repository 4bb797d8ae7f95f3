//! Worked-out results kept by what they were worked out from: a key that names
//! the data's state, so an entry is never stale, only unused. Bounded; the
//! oldest entry goes first.

use std::collections::{HashMap, VecDeque};
use std::hash::Hash;
use std::sync::{Arc, Mutex, MutexGuard};

pub struct Memo<K, V> {
    capacity: usize,
    inner: Mutex<Entries<K, V>>,
}

struct Entries<K, V> {
    values: HashMap<K, Arc<V>>,
    order: VecDeque<K>,
    /// One gate per key being worked out, so that requests arriving meanwhile
    /// wait for that result instead of each working it out again.
    gates: HashMap<K, Arc<tokio::sync::Mutex<()>>>,
}

/// Takes a key's gate away once its work is over, however it ended.
struct GateRelease<'a, K: Eq + Hash + Clone, V> {
    memo: &'a Memo<K, V>,
    key: &'a K,
}

impl<K: Eq + Hash + Clone, V> Drop for GateRelease<'_, K, V> {
    fn drop(&mut self) {
        self.memo.entries().gates.remove(self.key);
    }
}

impl<K: Eq + Hash + Clone, V> Memo<K, V> {
    pub fn new(capacity: usize) -> Self {
        Memo {
            capacity: capacity.max(1),
            inner: Mutex::new(Entries {
                values: HashMap::new(),
                order: VecDeque::new(),
                gates: HashMap::new(),
            }),
        }
    }

    /// A panic elsewhere while the lock was held leaves nothing half-done here
    /// (every change is a whole insert or removal), so a poisoned lock is used.
    fn entries(&self) -> MutexGuard<'_, Entries<K, V>> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn get(&self, key: &K) -> Option<Arc<V>> {
        self.entries().values.get(key).cloned()
    }

    /// The kept value, or the one `work` gives, worked out once however many
    /// ask for the same key at the same time.
    pub async fn get_or_work_out<E, F, Fut>(&self, key: &K, work: F) -> Result<Arc<V>, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(value) = self.get(key) {
            return Ok(value);
        }
        let gate = self.entries().gates.entry(key.clone()).or_default().clone();
        let _turn = gate.lock().await;
        if let Some(value) = self.get(key) {
            return Ok(value);
        }
        let _release = GateRelease { memo: self, key };
        let value = Arc::new(work().await?);
        self.insert(key.clone(), value.clone());
        Ok(value)
    }

    pub fn insert(&self, key: K, value: Arc<V>) {
        let mut entries = self.entries();
        if entries.values.insert(key.clone(), value).is_none() {
            entries.order.push_back(key);
        }
        while entries.order.len() > self.capacity {
            if let Some(oldest) = entries.order.pop_front() {
                entries.values.remove(&oldest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn requests_for_the_same_key_at_once_work_it_out_once() {
        let memo = Arc::new(Memo::new(4));
        let runs = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let asks = (0..8).map(|_| {
            let (memo, runs) = (memo.clone(), runs.clone());
            async move {
                memo.get_or_work_out(&"key", || async {
                    runs.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    Ok::<_, ()>(42)
                })
                .await
            }
        });
        let answers = futures_util::future::join_all(asks).await;
        assert!(answers.iter().all(|a| a.as_deref() == Ok(&42)));
        assert_eq!(runs.load(std::sync::atomic::Ordering::SeqCst), 1);
        assert!(memo.entries().gates.is_empty());
    }

    #[test]
    fn keeps_the_newest_entries_up_to_its_capacity() {
        let memo = Memo::new(2);
        memo.insert(1, Arc::new("one"));
        memo.insert(2, Arc::new("two"));
        memo.insert(2, Arc::new("two again"));
        assert_eq!(memo.get(&1).as_deref(), Some(&"one"));
        memo.insert(3, Arc::new("three"));
        assert_eq!(memo.get(&1), None);
        assert_eq!(memo.get(&2).as_deref(), Some(&"two again"));
        assert_eq!(memo.get(&3).as_deref(), Some(&"three"));
    }
}
