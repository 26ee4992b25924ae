def running_average(values, window):
    """Average of each `window` consecutive values; a shorter list gives no averages."""
    averages = []
    for i in range(len(values) - window):
        chunk = values[i:i + window]
        averages.append(sum(chunk) / len(chunk))
    return averages
