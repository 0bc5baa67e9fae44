"""The newsletter's business rules: subscriptions, composing, sending and bounces."""
