"""A face for the self-test: the detector must find it, and not after it is covered.

85x100 JPEG (2.6 KB), cropped and scaled from tests/data/astronaut.jpg: a NASA
photograph of astronaut Eileen Collins, public domain (see tests/data/README.md). Kept
as text in the code so every install carries it without a data file.
"""

import base64

FACE_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAoHBwgHBgoICAgLCgoLDhgQDg0NDh0VFhEYIx8lJCIfIiEmKzcvJik0"
    "KSEiMEExNDk7Pj4+JS5ESUM8SDc9Pjv/2wBDAQoLCw4NDhwQEBw7KCIoOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7"
    "Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozv/wAARCABkAFUDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDtBFmnbSvSmrLVbUNUgsYS8jDPYetZ3sjQss2FyT0rjtU8Y+Zq"
    "cum2LbREcSSqNzfhVl9WOoqVkkKg5widx71xGn6E763LdSSNbqGLKzDuT0/z2rKc9NCkjp4xFK28vNdnqVkyFz9D"
    "xXUaad1vhYlXA+6CoH5ZrCtBeW5CtF8x/jV8qfwNXpb2IQbbhXyvOWT9etc131NbBq8IlBzGFI7bOtZUOuX+ly+W"
    "ru8Y48uQ7gB7HtTZ4nvD5kWpTOSf9Xg7APQA1Wv/ADrKEhsBTwMAfKT/AFoUmthWOt0vXLfUyFCtHJjo3Q/Q1qYx"
    "XmMFwyWjTMUWVeGZSQXHr9fWu08J6z/a1k8MrZuLfAbJyWU9Grpp1ebRmco21NkHFFPK89KK2JM+e5W3tpZ3+7Gh"
    "Y/gK4XUrqa7Xz3yzv+S+wFdhqsbTaRdxr95oWx+VcVpszK5jm+bJGc9APauarK2hpFEmls9uTKzgSdMn19BVu+jv"
    "5IwVMa4bPyjg1kXMwufEEVtAf3Pmhcd2rqr3Qb5VWa3BkTjKg9KxvoaJGHa3TkozIUYHGGBIB9sV0FtNKyAOxDEZ"
    "zn7w9qonQ9QO4pCeB8w7ile31KKMj7OwUdQRnNIpxL628Vw5WeWSA54bAxn3rm/Ejy2KtE0geJgQrbck+wpZtXnj"
    "gIuInRlyMn0/+tXOX+svepNGz8Ahgp/WhakNNEemXMi6isk8gKr7DkHj8K3fB9/PZeMLdFKmKcmM8/wn/wCuKxY5"
    "pRD5LPEIiNzcAMTT2u0s5IJoxscMj7x7HNaJ2kS9j3PYD2oqOGfz4UlU/LIoYfQjNFdhiZF2jfY5hH97y2x9cV5S"
    "urASFSNzZPIHWvYAoIwe9eW+L/DFzpNz51rHus5GJVlHKZ52msasL6mkWL4ZtTP4jilJ3+XuckdM4/xP6V6RLrGn"
    "aeoF9q3ksBkRogOB6kYNcX8OrctcSO47ADIrvp/DlndRSiSMsJgA5VtpODkc+xrGKNhdN163uSGhniuY3HDKm0/4"
    "GtO4nhgiLuoAPOaxYtFi08QqqqFiTZGAckAGm685kijjLHZkBgD1qrjsRXV1p97vjZLMA/8APV8Z/SuD8Q+F7aO7"
    "8xIVjR8kNbyZT8c12OoeErW/e0lHBtznGAQ/1rMl0N7b7SGbbEcsiAnC/QdqXQTPLLSR47xoCoJUkA+mK0VlDp5T"
    "Qu7N8oHueBVe5h+z67KR/DJux9a6bwrp9xqHjELGubS0bzpGxx/sj65/lVNc0lYyPUrFVs9PtrYsSYoUQ/UACikZ"
    "CTRW5FhUWn3FnDd2zwTIGRxgginIp3CraxjGa0sTc5630y20qcNDhN7jcuec461tnUra2tGaTB445qHU0zbowHCy"
    "DP05qH+zklRZlC+ZH93dyM+tck1ySsjphLmWo1rwtEJLgrBn7objHt9ao63LEkEZFxGXJGMGr+nte3S5uLGIyIcP"
    "GkucfmKparpiKrSnSpV65ZpABwamzsa3RNpGox3UARjtkXj6j1qj4inCLhWByKh0KO7vWci1NrEh/dlyCz++Ow+v"
    "WodQia61VLbJbfIqD8TzS8hOxwUPhnVda8RNFBFtWRstM33UX1/KvWtE0O10KwFrbgsSd0kjfekb1NaNrptppyML"
    "dCCerMckj61IRmumMbLU5W7vQhKAmipNlFUI4PxH8QoNMzEjhZMcRoMv+PpXB3/xE1S6Y+WNoP8AfkZj/SuZWK5v"
    "bpVCyTTztwByzk1d1PTIdMZIndnnHEq5G1T3Ax1rRyM7mxoXinVLnXrKF5lCSTqrYB6E/WvbbK4ODFJww4Ir560K"
    "aKPXbJ2VUVZ0JY9uRX0LNZGW3S4iO2ZB1/ofauatujem9Cx5BWUyqis+OCRWbfpNMpU7zk/3uBTh4jtrPMd6hgkA"
    "xluh+hqhfeKdMEZ8iZZXPQJzWd9DoTLEd0mn2roDmRuP8ah0C1N1etqLnKQkrH7v3P4A1zj3k90xJyin88V13hS8"
    "spdNjtY5R5wZiVJ6nPb1+nWqpq8jGctDa5IoUU8pgUwAg10mI7pRSHBopDPKrLw/F4X8L3OrzlX1GaM/vAMeSp4J"
    "X0x0rzW9lku59+DjHGe1e263ZSeI7G2hi8lfK+VtwyrKex9sivKPEmnXNhqMsb2/kyIcSRj+E+o9j1oRmYir5akn"
    "riuu0X4jeINJtUt4rmOeFRgJcJvwPTPXFciR+6Yt17U2Njj6UNX3KTtseif8LSuZhi80ezmHfa7Kf60xPG+gPIZH"
    "0qa0cjnYQ65/SuCyfWoiTnmp9nFj52dpfeO7cBlsrRmPZpDgfkK53S/EN9pV81zDIWEj75IycBjnr7H3FZbUqBS2"
    "Gzg9x2q4xUdiXJs9/wDCPja3123SOeTEhO0O3B3f3W9/Q966tlPpXzNpGoTaNqKv1RsB1zw6/wCehr3zwn4gTVbV"
    "beWTfKqb45D1kT39x3psaZvCPiipM4oqRnn2iXEgidc8KSv4YzUni2zt9R0U6pPCv2uzQBJFGCwIzhvUUUVa6ky3"
    "PGdUwLyVVAA3ngfWqkfeiil0ESgcmoSeaKKEAjUL96iimI17mCN7EyFcMiRupH+0pJH0yM/ia6zwPfXENskiP81t"
    "cL5Z9jnI+nH6miiki0e1N1ooopFH/9k="
)
