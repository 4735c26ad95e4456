# NameError: an undefined global name referenced inside a function called from another function.
def helper():
    return undefined_name + 1

def main():
    print('calling helper')
    return helper()

print('start')
main()
