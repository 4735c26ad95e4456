# Combined: bubble, insertion, selection, merge and quick sort implementations compared to sorted().
def bubble_sort(items):
    a = items[:]
    n = len(a)
    swaps = 0
    for i in range(n):
        swapped = False
        for j in range(n - 1 - i):
            if a[j] > a[j + 1]:
                a[j], a[j + 1] = a[j + 1], a[j]
                swaps += 1
                swapped = True
        if not swapped:
            break
    return a, swaps

def insertion_sort(items):
    a = items[:]
    for i in range(1, len(a)):
        key = a[i]
        j = i - 1
        while j >= 0 and a[j] > key:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = key
    return a

def selection_sort(items):
    a = list(items)
    for i in range(len(a)):
        m = i
        for j in range(i + 1, len(a)):
            if a[j] < a[m]:
                m = j
        a[i], a[m] = a[m], a[i]
    return a

def merge(left, right):
    out = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out

def merge_sort(items):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    return merge(merge_sort(items[:mid]), merge_sort(items[mid:]))

def quick_sort(items):
    if len(items) <= 1:
        return items
    pivot = items[0]
    less = []
    more = []
    for x in items[1:]:
        if x < pivot:
            less.append(x)
        else:
            more.append(x)
    return quick_sort(less) + [pivot] + quick_sort(more)

datasets = [
    [5, 2, 9, 1, 5, 6],
    [],
    [1],
    [3, 2, 1],
    [1, 2, 3, 4],
    [-3, 10, 0, -3, 7, 2.5, 10 ** 20],
    ['pear', 'apple', 'fig', 'banana'],
]
seed = 12345
big = []
for i in range(40):
    seed = (seed * 1103515245 + 12345) % 2147483648
    big.append(seed % 100)
datasets.append(big)
for data in datasets:
    expected = sorted(data)
    b, swaps = bubble_sort(data)
    print(data)
    print('  sorted:', expected, 'bubble swaps:', swaps)
    print('  all agree:', b == expected and insertion_sort(data) == expected and selection_sort(data) == expected and merge_sort(data) == expected and quick_sort(data) == expected)
