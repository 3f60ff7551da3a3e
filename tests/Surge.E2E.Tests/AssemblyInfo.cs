// The browser classes run one after another, not side by side: each starts its own server and its own Chromium,
// and five of them at once on a two-core CI machine (beside the other test projects) left a page waiting more than
// the 20 s a step may take (CI, 2026-12-03: the History page's upload form after registering). One at a time, each
// step gets the machine it is timed for; the suite takes about as long, since the cores were the limit anyway.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
