# A text-adventure state machine driven by a scripted list of commands.


class GameOver(Exception):
    pass


ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "rows of old books", "exits": {"south": "hall"}, "items": ["key", "book"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a dark cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}


class Game:
    def __init__(self, rooms):
        self.rooms = {name: dict(info, items=list(info["items"])) for name, info in rooms.items()}
        self.location = "hall"
        self.inventory = []
        self.moves = 0
        self.state = "exploring"
        self.handlers = {
            "look": self.look,
            "go": self.go,
            "take": self.take,
            "drop": self.drop,
            "inventory": self.show_inventory,
            "unlock": self.unlock,
            "quit": self.quit,
        }

    def room(self):
        return self.rooms[self.location]

    def look(self):
        r = self.room()
        items = ", ".join(r["items"]) if r["items"] else "nothing"
        exits = ", ".join(sorted(r["exits"]))
        return "You are in %s. You see %s. Exits: %s." % (r["desc"], items, exits)

    def go(self, direction=None):
        if direction is None:
            return "Go where?"
        target = self.room()["exits"].get(direction)
        if target is None:
            return "You can't go %s." % direction
        if self.rooms[target].get("locked"):
            return "The way %s is locked." % direction
        if target == "cellar" and "lamp" not in self.inventory:
            self.state = "dead"
            raise GameOver("You stumble in the dark and fall. Game over.")
        self.location = target
        self.moves += 1
        return self.look()

    def take(self, item=None):
        items = self.room()["items"]
        if item not in items:
            return "There is no %s here." % item
        items.remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
            raise GameOver("You found the treasure in %d moves!" % self.moves)
        return "Taken: %s." % item

    def drop(self, item=None):
        if item not in self.inventory:
            return "You don't have %s." % item
        self.inventory.remove(item)
        self.room()["items"].append(item)
        return "Dropped %s." % item

    def show_inventory(self):
        return "You carry: " + (", ".join(self.inventory) or "nothing")

    def unlock(self, direction=None):
        target = self.room()["exits"].get(direction)
        if target is None or not self.rooms[target].get("locked"):
            return "Nothing to unlock there."
        if "key" not in self.inventory:
            return "You need a key."
        self.rooms[target]["locked"] = False
        return "Unlocked the way %s." % direction

    def quit(self):
        self.state = "quit"
        raise GameOver("Bye.")

    def command(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        verb, args = words[0], words[1:]
        handler = self.handlers.get(verb)
        if handler is None:
            return "I don't know how to %r." % verb
        try:
            return handler(*args)
        except TypeError:
            return "Too many words for %s." % verb


def play(script):
    game = Game(ROOMS)
    for line in script:
        try:
            print("> " + line)
            print(game.command(line))
        except GameOver as end:
            print(end)
            break
    print("final state:", game.state, "| location:", game.location, "| inventory:", game.inventory)


play(["look", "take lamp", "go west", "go north", "take key", "take sword", "inventory", "go south",
      "go east", "go down", "unlock down", "dance", "", "take key now please", "go down", "drop lamp",
      "look", "take lamp", "take treasure", "look"])
print()
play(["go east", "unlock down"])
print()
play(["go north", "take key", "go south", "go east", "unlock down", "go down"])
print()
play(["inventory", "quit", "look"])
