"""Reading questions into plans: expressions over series (`bot.plan.expressions`)."""

from bot.plan.expressions import Plan, schema

__all__ = ["Plan", "schema"]
