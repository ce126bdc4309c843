# sys.exit("message"): message goes to stderr, exit status 1.
import sys


def main():
    print("main started")
    sys.exit("fatal: giving up")


main()
print("never printed")
