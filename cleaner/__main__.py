from .cli import run

# Guarded: worker processes started by "spawn" import this module again.
if __name__ == "__main__":
    run()
