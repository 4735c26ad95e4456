# Combined: a text-adventure state machine driven by a scripted list of commands, with rooms, items, dispatch dicts and game-over exceptions.
class GameOver(Exception):
    def __init__(self, won, reason):
        super().__init__(reason)
        self.won = won


class BadCommand(Exception):
    pass


class Room:
    def __init__(self, name, description, exits=None, items=None, locked=None):
        self.name = name
        self.description = description
        self.exits = exits or {}
        self.items = list(items or [])
        self.locked = locked or {}

    def describe(self):
        text = f"[{self.name}] {self.description}"
        if self.items:
            text += " You see: " + ", ".join(self.items) + "."
        doors = sorted(self.exits)
        return text + " Exits: " + "/".join(doors)


class Game:
    def __init__(self, rooms, start):
        self.rooms = rooms
        self.here = rooms[start]
        self.inventory = []
        self.moves = 0
        self.state = "playing"
        self.handlers = {
            "look": self.look,
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "inv": self.show_inventory,
            "use": self.use,
        }

    def look(self):
        return self.here.describe()

    def go(self, direction):
        if direction not in self.here.exits:
            raise BadCommand(f"you can't go {direction}")
        if direction in self.here.locked:
            needed = self.here.locked[direction]
            if needed not in self.inventory:
                return f"The way {direction} is locked. You need the {needed}."
        self.here = self.rooms[self.here.exits[direction]]
        if self.here.name == "pit":
            raise GameOver(False, "you fell into the pit")
        if self.here.name == "vault" and "gem" in self.here.items:
            self.state = "near-win"
        return self.look()

    def take(self, item):
        if item not in self.here.items:
            raise BadCommand(f"no {item} here")
        self.here.items.remove(item)
        self.inventory.append(item)
        if item == "gem":
            raise GameOver(True, "you found the gem")
        return f"Taken: {item}."

    def drop(self, item):
        try:
            self.inventory.remove(item)
        except ValueError:
            raise BadCommand(f"you have no {item}") from None
        self.here.items.append(item)
        return f"Dropped: {item}."

    def show_inventory(self):
        if not self.inventory:
            return "You carry nothing."
        return "You carry: " + ", ".join(sorted(self.inventory)) + "."

    def use(self, item, target=None):
        if item not in self.inventory:
            raise BadCommand(f"you have no {item}")
        if item == "lamp":
            return "The lamp glows." if target is None else f"You shine the lamp at the {target}."
        return f"Nothing happens with the {item}."

    def step(self, line):
        words = line.lower().split()
        if not words:
            raise BadCommand("say something")
        verb, args = words[0], words[1:]
        aliases = {"n": ("go", "north"), "s": ("go", "south"), "e": ("go", "east"), "w": ("go", "west")}
        if verb in aliases:
            verb, arg = aliases[verb]
            args = [arg]
        handler = self.handlers.get(verb)
        if handler is None:
            raise BadCommand(f"unknown verb {verb!r}")
        self.moves += 1
        try:
            return handler(*args)
        except TypeError:
            raise BadCommand(f"wrong number of words for {verb}")


rooms = {
    "hall": Room("hall", "A dusty hall.", {"north": "library", "east": "kitchen"}, ["lamp"]),
    "library": Room("library", "Shelves of books.", {"south": "hall", "east": "study"}, ["book", "key"]),
    "kitchen": Room("kitchen", "It smells of soup.", {"west": "hall", "down": "pit"}, ["knife"]),
    "study": Room("study", "A quiet study.", {"west": "library", "north": "vault"}, [], {"north": "key"}),
    "vault": Room("vault", "Glittering walls.", {"south": "study"}, ["gem"]),
    "pit": Room("pit", "Darkness."),
}


def play(script):
    game = Game(rooms_copy(), "hall")
    print("==", game.look())
    try:
        for line in script:
            try:
                print(f"> {line:<14} {game.step(line)}")
            except BadCommand as e:
                print(f"> {line:<14} ?? {e}")
    except GameOver as e:
        outcome = "WIN" if e.won else "LOSE"
        print(f"** {outcome}: {e} after {game.moves} moves, carrying {game.inventory}")
    else:
        print(f"** script ended in {game.here.name}, state {game.state}")
    finally:
        print("-" * 20)


def rooms_copy():
    out = {}
    for key, r in rooms.items():
        out[key] = Room(r.name, r.description, dict(r.exits), list(r.items), dict(r.locked))
    return out


play(["look", "take lamp", "n", "take key", "take sword", "e", "n", "inv", "take gem"])
play(["e", "take knife", "use knife", "dance", "w", "go up", "down"])
play(["n", "e", "n", "drop lamp", "use lamp wall", "", "use", "inv", "s"])
play(["take lamp", "use lamp", "use lamp door", "drop lamp", "drop lamp", "look"])
