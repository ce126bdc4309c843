def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for v in [-5, 0, 3, 10, 99]:
    print(v, classify(v))

# nested if, empty containers are falsy
for val in [0, 1, "", "a", [], [0], {}, None, 0.0, -0.0, 2.5]:
    if val:
        print(repr(val), "truthy")
    else:
        print(repr(val), "falsy")

x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    if x > 10:
        print("never")
    else:
        print("x <= 10")
