"""Evaluating plans: series resolution (`nodes`), the nodes of the plan language
(`nodes`, `ranks`), and the trade identities (`identities`, `identities.yaml`)."""
