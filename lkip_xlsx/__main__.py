from lkip_xlsx.cli import main

main()
