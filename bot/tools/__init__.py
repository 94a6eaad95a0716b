"""Organizers' tools: the kyr command, the terminal simulator, explanations, segment counts."""
