"""Package data: model weights and tables shipped with newsbrief."""
