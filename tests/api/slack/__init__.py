"""Tests of the Slack integration (api.slack) and `tradebot post`."""
