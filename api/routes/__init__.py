"""The HTTP routes, one module per feature: chat, stream, OpenAI-compatible, sources, health."""
