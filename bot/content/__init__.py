"""Content as organizers write it: YAML flows and Fluent files, read, validated and located (file:line)."""
