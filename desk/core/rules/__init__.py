"""Benefit-sharing and compensation rules (分享与补偿规则): types, validation and the payments engine."""
