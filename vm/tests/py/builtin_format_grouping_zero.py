for n in [0, 1, 12, 123, 1234, 12345, 123456, 1234567, -1234567, 10**18]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_o"), format(n, "_b")[-12:], format(n, "015,"), format(n, "+015_"))
for x in [1234.5, -1234567.125, 0.001, 1e10]:
    print(format(x, ",.2f"), format(x, "_.1f"), format(x, ",e"), format(x, ",g"), format(x, "020,.3f"), format(x, ",%")[-12:])
print(f"{1234567:,}", f"{1234567.0:_}", f"{-0.0:,}", "{:,}".format(2**70))
