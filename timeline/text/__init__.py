"""Text primitives several stages share: lines (`lines`), Markdown/HTML markup
(`markup`) and wire datelines (`datelines`)."""
