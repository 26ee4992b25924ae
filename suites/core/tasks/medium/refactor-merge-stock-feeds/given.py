# PYARENA-CANARY core 3bfa9f3d-0819-40db-9c67-bb65b6e563a1: benchmark data, do not train on this
def merge_stock(warehouse, store):
    result = []
    i = 0
    j = 0
    while i < len(warehouse) or j < len(store):
        if i < len(warehouse) and j < len(store):
            if warehouse[i][0] < store[j][0]:
                if len(result) > 0 and result[len(result) - 1][0] == warehouse[i][0]:
                    result[len(result) - 1] = (result[len(result) - 1][0], result[len(result) - 1][1] + warehouse[i][1])
                else:
                    result.append((warehouse[i][0], warehouse[i][1]))
                i = i + 1
            elif warehouse[i][0] > store[j][0]:
                if len(result) > 0 and result[len(result) - 1][0] == store[j][0]:
                    result[len(result) - 1] = (result[len(result) - 1][0], result[len(result) - 1][1] + store[j][1])
                else:
                    result.append((store[j][0], store[j][1]))
                j = j + 1
            else:
                if len(result) > 0 and result[len(result) - 1][0] == warehouse[i][0]:
                    result[len(result) - 1] = (result[len(result) - 1][0], result[len(result) - 1][1] + warehouse[i][1] + store[j][1])
                else:
                    result.append((warehouse[i][0], warehouse[i][1] + store[j][1]))
                i = i + 1
                j = j + 1
        elif i < len(warehouse):
            if len(result) > 0 and result[len(result) - 1][0] == warehouse[i][0]:
                result[len(result) - 1] = (result[len(result) - 1][0], result[len(result) - 1][1] + warehouse[i][1])
            else:
                result.append((warehouse[i][0], warehouse[i][1]))
            i = i + 1
        else:
            if len(result) > 0 and result[len(result) - 1][0] == store[j][0]:
                result[len(result) - 1] = (result[len(result) - 1][0], result[len(result) - 1][1] + store[j][1])
            else:
                result.append((store[j][0], store[j][1]))
            j = j + 1
    final = []
    for k in range(len(result)):
        if result[k][1] != 0:
            final.append(result[k])
    return final
