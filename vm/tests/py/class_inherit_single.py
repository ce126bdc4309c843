class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def kind(self):
        return "animal"

    def describe(self):
        return self.name + " is a " + self.kind()


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog"


class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age

    def speak(self):
        return Dog.speak(self) + " (squeaky)"


for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.describe())
p = Puppy("bit", 1)
print(isinstance(p, Dog), isinstance(p, Animal), isinstance(p, object), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__, Animal.__base__.__name__)
print(p.age, p.name, p.sound)
print(Animal.__subclasses__()[0].__name__)
